using GraphQL;

namespace PaperGraph.Api.Schema.Paging;

/// <summary>What a connection field's selection asks for, so a resolver can fetch together what is asked together.</summary>
internal static class FieldSelection
{
    /// <summary>Whether the field's selection holds <paramref name="field"/> (by name, not alias).</summary>
    public static bool Asks(IResolveFieldContext context, string field) => context.SubFields?.Values.Any(f => f.FieldType.Name == field) == true;
}
