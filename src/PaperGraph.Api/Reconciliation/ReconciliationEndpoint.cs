using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;

namespace PaperGraph.Api.Reconciliation;

/// <summary>
/// The HTTP side of the W3C Reconciliation Service API at <c>/reconcile</c>: the manifest on a plain GET
/// (JSONP with <c>callback</c>), a batch as <c>queries=</c> (query string or form, as OpenRefine sends it)
/// or as a JSON body (0.2 map or 1.0-draft list), data extension as <c>extend=</c>, and the suggest, preview,
/// view and property-proposal services under it. A refused request is answered <c>{"error": …}</c> with a 4xx.
/// </summary>
internal sealed partial class ReconciliationEndpoint(
    ReconciliationOptions options,
    QueryBatchParser parser,
    Reconciler reconciler,
    DataExtension extension,
    SuggestService suggest,
    PreviewCard preview,
    ILogger<ReconciliationEndpoint> logger)
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task ServiceAsync(HttpContext http)
    {
        await AnswerAsync(http, async ct =>
        {
            var (queries, extend, jsonBody) = await ReadAsync(http.Request, ct);
            if (queries is not null)
            {
                var batch = parser.Parse(queries, out var draft);
                var started = TimeProvider.System.GetTimestamp();
                var results = await reconciler.ReconcileAsync(batch, ct);
                LogBatch(logger, batch.Count, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
                return draft ? ReconciliationJson.ResultsDraft(results) : ReconciliationJson.Results02(batch, results);
            }

            if (extend is not null)
            {
                return await extension.ExtendAsync(extend, ct);
            }

            return HttpMethods.IsGet(http.Request.Method) && jsonBody is null
                ? ServiceManifest.Build(BaseUrl(http.Request))
                : throw new InvalidReconciliationRequestException("Send a batch as 'queries' (form or query string) or a JSON body, or 'extend' for data extension.");
        });
    }

    public Task SuggestAsync(HttpContext http, string kind) => AnswerAsync(http, async ct =>
    {
        var prefix = http.Request.Query["prefix"].ToString();
        var cursor = int.TryParse(http.Request.Query["cursor"], out var c) ? Math.Clamp(c, 0, SuggestService.MaxCursor) : 0;
        return kind switch
        {
            "entity" => await suggest.EntitiesAsync(prefix, NullIfEmpty(http.Request.Query["type"]), cursor, ct),
            "type" => SuggestService.Types(prefix),
            "property" => SuggestService.Properties(prefix),
            _ => throw new InvalidReconciliationRequestException($"No suggest service '{kind}' (entity, type, property).", StatusCodes.Status404NotFound),
        };
    });

    public Task ProposePropertiesAsync(HttpContext http) => AnswerAsync(http, ct =>
        Task.FromResult<JsonNode>(DataExtension.Propose(NullIfEmpty(http.Request.Query["type"]), int.TryParse(http.Request.Query["limit"], out var l) ? l : null)));

    public async Task PreviewAsync(HttpContext http, bool page)
    {
        var id = http.Request.Query["id"].ToString();
        var html = id.Length == 0 ? null : await preview.RenderAsync(id, page, http.RequestAborted);
        http.Response.StatusCode = html is null ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(html ?? "<!DOCTYPE html><p>No paper or entity has this id.</p>", http.RequestAborted);
    }

    private async Task AnswerAsync(HttpContext http, Func<CancellationToken, Task<JsonNode>> answer)
    {
        var callback = http.Request.Query["callback"].ToString();
        JsonNode body;
        int status;
        try
        {
            if (callback.Length > 0 && !CallbackPattern().IsMatch(callback))
            {
                throw new InvalidReconciliationRequestException("'callback' must be a JavaScript identifier (letters, digits, _, $ and dots).");
            }

            body = await answer(http.RequestAborted);
            status = StatusCodes.Status200OK;
        }
        catch (InvalidReconciliationRequestException exception)
        {
            LogRefused(logger, exception.StatusCode, exception.Message);
            (body, status) = (new JsonObject { ["error"] = exception.Message }, exception.StatusCode);
            callback = "";
        }

        http.Response.StatusCode = status;
        http.Response.Headers.AccessControlAllowOrigin = "*";
        if (callback.Length > 0)
        {
            http.Response.ContentType = "application/javascript; charset=utf-8";
            // Default escaping: U+2028 and U+2029 escaped, so the JSON is also valid JavaScript.
            await http.Response.WriteAsync($"{callback}({body.ToJsonString()});", http.RequestAborted);
        }
        else
        {
            http.Response.ContentType = "application/json; charset=utf-8";
            await http.Response.WriteAsync(body.ToJsonString(Relaxed), http.RequestAborted);
        }
    }

    private async Task<(string? Queries, string? Extend, string? JsonBody)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        string? queries = NullIfEmpty(request.Query["queries"]), extend = NullIfEmpty(request.Query["extend"]);
        if (!HttpMethods.IsPost(request.Method))
        {
            return (queries, extend, null);
        }

        if (request.ContentLength > options.MaxBodyBytes)
        {
            throw TooLarge();
        }

        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(new FormOptions { ValueLengthLimit = options.MaxBodyBytes, ValueCountLimit = 64 }, ct);
            }
            catch (InvalidDataException)
            {
                throw TooLarge();
            }

            return (NullIfEmpty(form["queries"]) ?? queries, NullIfEmpty(form["extend"]) ?? extend, null);
        }

        if (request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true)
        {
            var body = await ReadBodyAsync(request, ct);
            // A JSON body is a query batch, or a data-extension request when it has "ids".
            return IsExtension(body) ? (null, body, body) : (body, null, body);
        }

        if (queries is null && extend is null)
        {
            throw new InvalidReconciliationRequestException("POST a form (application/x-www-form-urlencoded) with 'queries' or 'extend', or a JSON body.", StatusCodes.Status415UnsupportedMediaType);
        }

        return (queries, extend, null);
    }

    private async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > options.MaxBodyBytes)
            {
                throw TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static bool IsExtension(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("ids", out _);
        }
        catch (JsonException)
        {
            return false; // the batch parser reports it
        }
    }

    private InvalidReconciliationRequestException TooLarge() =>
        new($"The request body is over {options.MaxBodyBytes} bytes.", StatusCodes.Status413PayloadTooLarge);

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues value) => value.Count == 0 || string.IsNullOrEmpty(value[0]) ? null : value[0];

    [GeneratedRegex(@"^[A-Za-z_$][A-Za-z0-9_$.]{0,127}$", RegexOptions.CultureInvariant)]
    private static partial Regex CallbackPattern();

    [LoggerMessage(Level = LogLevel.Information, Message = "Reconciled {QueryCount} queries in {ElapsedMs:0.0} ms")]
    private static partial void LogBatch(ILogger logger, int queryCount, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a reconciliation request with {StatusCode}: {Reason}")]
    private static partial void LogRefused(ILogger logger, int statusCode, string reason);
}
