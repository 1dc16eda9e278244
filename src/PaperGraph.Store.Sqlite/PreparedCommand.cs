using Microsoft.Data.Sqlite;

namespace PaperGraph.Store.Sqlite;

/// <summary>Statements prepared once per batch and rebound per row: the hot path of every bulk write.</summary>
internal static class PreparedCommand
{
    public static SqliteCommand Create(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameterNames)
    {
        var command = new SqliteCommand(sql, connection, transaction);
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    /// <summary>Sets the values in parameter order and runs the statement.</summary>
    public static int Run(this SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command.ExecuteNonQuery();
    }
}
