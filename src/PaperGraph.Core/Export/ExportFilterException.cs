namespace PaperGraph.Core.Export;

/// <summary>An export filter names something the store does not hold, or asks for too much.</summary>
public sealed class ExportFilterException(string message) : Exception(message);
