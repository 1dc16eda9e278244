using Microsoft.Net.Http.Headers;

namespace PaperGraph.Api.Transport;

/// <summary>Media types of the GraphQL-over-HTTP draft and how we pick between them.</summary>
internal static class MediaTypes
{
    public const string Json = "application/json";
    public const string GraphQLResponse = "application/graphql-response+json";

    /// <summary>The response type: graphql-response+json only when the Accept header names it.</summary>
    public static string ForResponse(HttpRequest request) =>
        Accepts(request, GraphQLResponse) ? GraphQLResponse : Json;

    public static bool Accepts(HttpRequest request, string mediaType) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > 0);

    public static bool IsJsonBody(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase);
}
