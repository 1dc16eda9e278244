namespace PaperGraph.Api.Reconciliation;

/// <summary>A reconciliation request the service refuses: answered with <see cref="StatusCode"/> and the message.</summary>
internal sealed class InvalidReconciliationRequestException(string message, int statusCode = StatusCodes.Status400BadRequest) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
