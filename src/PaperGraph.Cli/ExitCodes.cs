namespace PaperGraph.Cli;

/// <summary>The process exit codes, also listed in <c>--help</c>.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int SomeQuarantined = 3;

    public const string HelpText = "Exit codes: 0 = everything ingested, 3 = done but some records were quarantined, 1 = failure, 2 = usage error (unknown option, missing argument).";
}
