using System.Diagnostics;

namespace PaperGraph.Benchmarks;

/// <summary>graphql-js's standard introspection query with every option on, as GraphiQL and codegen send it, printed by node from deploy/graphql-audit.</summary>
internal static class StandardIntrospection
{
    private static readonly Lazy<string> Text = new(Load);

    public static string Query => Text.Value;

    private static string Load()
    {
        var modules = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "deploy", "graphql-audit", "node_modules"));
        var script = "const { getIntrospectionQuery } = require(process.argv[1] + '/graphql'); process.stdout.write(getIntrospectionQuery({ specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }));";
        using var node = Process.Start(new ProcessStartInfo("node", ["-e", script, modules]) { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("node did not start");
        var query = node.StandardOutput.ReadToEnd();
        node.WaitForExit();
        return node.ExitCode == 0 && query.Length > 0 ? query : throw new InvalidOperationException("Run deploy/graphql-audit/install.sh: graphql-js prints the introspection query.");
    }
}
