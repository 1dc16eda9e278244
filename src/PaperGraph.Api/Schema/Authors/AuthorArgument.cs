using GraphQL;
using PaperGraph.Core.Authors;

namespace PaperGraph.Api.Schema.Authors;

/// <summary>An author name argument as its identity key; a name with no letters or digits is refused.</summary>
internal static class AuthorArgument
{
    public static string Key(string name, string argument)
    {
        var key = AuthorNames.Key(name);
        return key.Length > 0
            ? key
            : throw new ExecutionError($"'{argument}' is '{name}', which has no letters or digits to name an author.") { Code = ArgumentCodes.OutOfRange };
    }
}
