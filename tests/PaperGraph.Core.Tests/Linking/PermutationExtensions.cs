namespace PaperGraph.Core.Tests.Linking;

/// <summary>Every ordering of a short list, for order-independence checks.</summary>
internal static class PermutationExtensions
{
    public static IEnumerable<T[]> Permutations<T>(this IReadOnlyList<T> items) => items.Count <= 1
        ? [items.ToArray()]
        : items.SelectMany((item, i) => items.Where((_, j) => j != i).ToArray().Permutations().Select(rest => rest.Prepend(item).ToArray()));
}
