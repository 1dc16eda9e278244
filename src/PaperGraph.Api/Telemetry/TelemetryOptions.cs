using System.ComponentModel.DataAnnotations;

namespace PaperGraph.Api.Telemetry;

/// <summary>The <c>Telemetry</c> section: where traces (and a copy of the metrics) go by OTLP, if anywhere.</summary>
internal sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>
    /// An OTLP/gRPC or OTLP/HTTP collector, e.g. <c>http://127.0.0.1:4317</c>. Empty (the default): no traces are
    /// recorded and nothing is sent; <c>/metrics</c> works either way.
    /// </summary>
    [Url]
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>grpc</c> (the default) or <c>http/protobuf</c>.</summary>
    [RegularExpression("^(grpc|http/protobuf)$", ErrorMessage = "Telemetry:OtlpProtocol must be grpc or http/protobuf.")]
    public string OtlpProtocol { get; set; } = "grpc";
}
