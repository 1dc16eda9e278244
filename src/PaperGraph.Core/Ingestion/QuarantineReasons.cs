namespace PaperGraph.Core.Ingestion;

/// <summary>The stable reason codes of quarantined records.</summary>
public static class QuarantineReasons
{
    public const string InvalidUtf8 = "invalid-utf8";
    public const string InvalidUnicode = "invalid-unicode";
    public const string EmptyTitle = "empty-title";
    public const string EmptyAbstract = "empty-abstract";
    public const string TitleTooLong = "title-too-long";
    public const string AbstractTooLong = "abstract-too-long";
    public const string RecordTooLong = "record-too-long";
    public const string MissingAbstract = "missing-abstract";
    public const string MissingTitle = "missing-title";
    public const string TruncatedJson = "truncated-json";
    public const string MalformedJson = "malformed-json";
    public const string NotAnObject = "not-an-object";
    public const string WrongFieldType = "wrong-field-type";
    public const string InvalidArxivId = "invalid-arxiv-id";
    public const string InvalidDate = "invalid-date";
    public const string MalformedXml = "malformed-xml";
    public const string BinaryFile = "binary-file";
    public const string UnreadableFile = "unreadable-file";
}
