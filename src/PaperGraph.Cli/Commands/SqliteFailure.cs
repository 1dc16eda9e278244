using Microsoft.Data.Sqlite;

namespace PaperGraph.Cli.Commands;

/// <summary>One line for an SQLite failure anywhere in an exception's chain, saying what an operator can do about it.</summary>
internal static class SqliteFailure
{
    public static string? Describe(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is SqliteException sqlite)
            {
                return $"The SQLite database cannot be used: {Hint(sqlite.SqliteErrorCode)} ({sqlite.Message.Trim()})";
            }
        }

        return null;
    }

    private static string Hint(int code) => code switch
    {
        8 => "it is read-only for this process (file or folder permissions, a read-only mount)",
        13 => "the disk holding it is full",
        14 => "its file cannot be opened (a missing folder or no permission)",
        5 or 6 => "another process holds it locked",
        10 => "reading or writing the file failed",
        11 or 26 => "the file is damaged or is not an SQLite database",
        _ => "the store failed",
    };
}
