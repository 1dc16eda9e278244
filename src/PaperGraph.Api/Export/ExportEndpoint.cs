using Microsoft.AspNetCore.Http.Features;
using PaperGraph.Core.Export;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Export;

/// <summary>
/// <c>GET /export/{format}?entity=ID&amp;from=DATE&amp;to=DATE&amp;around=ID&amp;hops=N</c>: what
/// <c>papergraph export</c> writes, streamed as the response (CSV as a zip of its files). A bad format or
/// filter is a <c>400</c> before anything is written.
/// </summary>
internal static class ExportEndpoint
{
    public static IEndpointRouteBuilder MapExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/{format}", HandleAsync);
        return app;
    }

    private static async Task HandleAsync(HttpContext http, string format, IGraphStore store)
    {
        if (!ExportFormats.TryParse(format, out var exportFormat))
        {
            await RefuseAsync(http, $"Unknown export format '{format}' (known: {string.Join(", ", ExportFormats.Names)}).");
            return;
        }

        var query = http.Request.Query;
        if (!TryDate(query["from"], out var from) || !TryDate(query["to"], out var to))
        {
            await RefuseAsync(http, "'from' and 'to' take an ISO date such as 2025-03-01.");
            return;
        }

        var hops = 1;
        if (query.ContainsKey("hops") && !int.TryParse(query["hops"], out hops))
        {
            await RefuseAsync(http, "'hops' is a number from 0 to 3.");
            return;
        }

        var filter = new ExportFilter
        {
            EntityId = Value(query["entity"]),
            DateFrom = from,
            DateTo = to,
            Around = Value(query["around"]),
            Hops = hops,
        };
        if (exportFormat == ExportFormat.Csv)
        {
            // The zip writer writes its entry headers synchronously; the body is still streamed.
            http.Features.Get<IHttpBodyControlFeature>()?.AllowSynchronousIO = true;
        }

        http.Response.ContentType = ExportFormats.MediaType(exportFormat);
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{ExportFormats.FileName(exportFormat)}\"";
        try
        {
            await new GraphExporter(store).WriteAsync(exportFormat, filter, http.Response.Body, http.RequestAborted);
        }
        catch (ExportFilterException exception) when (!http.Response.HasStarted)
        {
            http.Response.Headers.ContentDisposition = default;
            await RefuseAsync(http, exception.Message);
        }
    }

    private static async Task RefuseAsync(HttpContext http, string message)
    {
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        await http.Response.WriteAsJsonAsync(new { error = message }, http.RequestAborted);
    }

    private static string? Value(Microsoft.Extensions.Primitives.StringValues value) => string.IsNullOrEmpty(value) ? null : value.ToString();

    private static bool TryDate(Microsoft.Extensions.Primitives.StringValues text, out ListingDate? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (ListingDate.TryParse(text, out var parsed) && parsed.Year is not null)
        {
            date = parsed;
            return true;
        }

        return false;
    }
}
