using System.Diagnostics;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using PaperGraph.Api.Execution;
using PaperGraph.Api.Limits;
using PaperGraph.Api.Schema;
using PaperGraph.Api.Schema.Ingestion;
using PaperGraph.Api.Security;
using PaperGraph.Api.Telemetry;

namespace PaperGraph.Api.Transport;

/// <summary>
/// POST and GET <c>/graphql</c> per the GraphQL-over-HTTP draft (see README): parses the request, enforces
/// the HTTP limits before anything else runs, executes with the request's abort token, and picks the
/// status code and media type.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    IDocumentExecuter<PaperGraphSchema> executer,
    IGraphQLTextSerializer serializer,
    GraphQLLimitsOptions limits,
    GraphiQLPage graphiql,
    WriteAccess writeAccess,
    ValidationRuleSets validation,
    GraphQLMetrics metrics)
{
    public async Task HandleAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        var request = http.Request;
        var isGet = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        if (isGet && !request.Query.ContainsKey("query") && MediaTypes.Accepts(request, "text/html"))
        {
            await graphiql.WriteAsync(http);
            return;
        }

        var (graphQLRequest, failure) = isGet ? FromQueryString(request) : await FromBodyAsync(request, http.RequestAborted);
        if (failure is not null)
        {
            await WriteErrorAsync(http, failure.Value.Status, failure.Value.Code, failure.Value.Message, failure.Value.Limit);
            metrics.Record(started, null, GraphQLOutcome.Rejected, [failure.Value.Code]);
            return;
        }

        var result = await executer.ExecuteAsync(options =>
        {
            options.Query = graphQLRequest!.Query;
            options.OperationName = graphQLRequest.OperationName;
            options.Variables = graphQLRequest.Variables;
            options.Extensions = graphQLRequest.Extensions;
            options.RequestServices = http.RequestServices;
            options.CancellationToken = http.RequestAborted;
            options.Timeout = limits.ExecutionTimeout;
            options.UserContext[WriteAccess.ContextKey] = writeAccess.IsGranted(http);
            var rules = isGet ? validation.Get : validation.Post;
            options.ValidationRules = rules.Fresh;
            options.CachedDocumentValidationRules = rules.Cached;
        });

        var mediaType = MediaTypes.ForResponse(request);
        http.Response.StatusCode = StatusFor(result, mediaType);
        if (http.Response.StatusCode == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = "POST";
        }

        if (http.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }

        if (result.Errors?.OfType<IngestionQueueFullError>().FirstOrDefault() is { } full)
        {
            // Back-pressure as HTTP understands it: clients and proxies retry after the wait, not at once.
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.Headers.RetryAfter = full.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
        metrics.Record(started, OperationName(result, graphQLRequest!), OutcomeOf(result),
            result.Errors?.Select(error => error.Code ?? "UNKNOWN") ?? []);
    }

    /// <summary>
    /// The executed operation's name (none for an anonymous one); for a refused request, the one it asked for or its
    /// only operation's. A refused request carries no parsed document, so it is parsed again here: refusals are rare,
    /// successes never pay, anonymous ones included.
    /// </summary>
    private static string? OperationName(ExecutionResult result, GraphQLRequest request)
    {
        if (result.Operation is { } executed)
        {
            return executed.Name?.StringValue;
        }

        if (request.OperationName is { } asked)
        {
            return asked;
        }

        try
        {
            var operations = GraphQLParser.Parser.Parse(request.Query).Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().ToList();
            return operations is [var only] ? only.Name?.StringValue : null;
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return null;
        }
    }

    private static string OutcomeOf(ExecutionResult result) =>
        !result.Executed ? GraphQLOutcome.Rejected : result.Errors is { Count: > 0 } ? GraphQLOutcome.Error : GraphQLOutcome.Ok;

    private static int StatusFor(ExecutionResult result, string mediaType)
    {
        if (result.Errors?.Any(e => e.Code == QueryOnlyOverGetRule.Code) == true)
        {
            return StatusCodes.Status405MethodNotAllowed;
        }

        if (result.Errors?.Any(e => e.Code == WriteAccessRule.Code) == true)
        {
            return StatusCodes.Status401Unauthorized;
        }

        // application/json: 200 for every well-formed request; graphql-response+json: 400 when nothing executed.
        return !result.Executed && mediaType == MediaTypes.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    private (GraphQLRequest?, Failure?) FromQueryString(HttpRequest request)
    {
        var query = request.Query["query"].ToString();
        if (string.IsNullOrWhiteSpace(query))
        {
            return (null, Failure.BadRequest("A GET request needs a `query` parameter."));
        }

        try
        {
            return (new GraphQLRequest
            {
                Query = query,
                OperationName = NullIfEmpty(request.Query["operationName"]),
                Variables = NullIfEmpty(request.Query["variables"]) is { } variables ? serializer.Deserialize<Inputs>(variables) : null,
                Extensions = NullIfEmpty(request.Query["extensions"]) is { } extensions ? serializer.Deserialize<Inputs>(extensions) : null,
            }, null);
        }
        catch (JsonException ex)
        {
            return (null, Failure.BadRequest($"`variables` or `extensions` is not valid JSON: {ex.Message}"));
        }
    }

    private async Task<(GraphQLRequest?, Failure?)> FromBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return (null, new Failure(StatusCodes.Status405MethodNotAllowed, "HTTP_METHOD_NOT_ALLOWED", "Use GET for queries or POST.", null));
        }

        if (!MediaTypes.IsJsonBody(request))
        {
            // Also the CSRF guard: a browser form cannot send application/json without a preflight.
            return (null, new Failure(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", "POST a body of type application/json.", null));
        }

        var body = await RequestBody.OpenAsync(request, limits.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return (null, new Failure(StatusCodes.Status413PayloadTooLarge, LimitCodes.RequestTooLarge,
                $"The request body is over {limits.MaxBodyBytes} bytes.", limits.MaxBodyBytes));
        }

        try
        {
            var parsed = await serializer.ReadAsync<GraphQLRequest>(body, cancellationToken);
            return string.IsNullOrWhiteSpace(parsed?.Query)
                ? (null, Failure.BadRequest("The body must be a JSON object with a `query` string."))
                : (parsed, null);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException)
        {
            return (null, Failure.BadRequest($"The body is not a GraphQL request in JSON: {ex.Message}"));
        }
    }

    private async Task WriteErrorAsync(HttpContext http, int status, string code, string message, long? limit)
    {
        http.Response.StatusCode = status;
        if (status == StatusCodes.Status405MethodNotAllowed)
        {
            http.Response.Headers.Allow = "GET, POST";
        }

        http.Response.ContentType = MediaTypes.ForResponse(http.Request) + "; charset=utf-8";
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (limit is not null)
        {
            extensions["limit"] = limit;
        }

        var payload = new { errors = new[] { new { message, extensions } } };
        await JsonSerializer.SerializeAsync(http.Response.Body, payload, cancellationToken: http.RequestAborted);
    }

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues value) =>
        string.IsNullOrEmpty(value.ToString()) ? null : value.ToString();

    private readonly record struct Failure(int Status, string Code, string Message, long? Limit)
    {
        public static Failure BadRequest(string message) => new(StatusCodes.Status400BadRequest, "BAD_REQUEST", message, null);
    }
}
