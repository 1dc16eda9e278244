namespace PaperGraph.Core.Storage;

/// <summary>Papers mentioning an entity in one period: <c>2025</c> or <c>2025-03</c>. Papers with no year are left out.</summary>
public sealed record UsageBucket(string Period, long Papers);
