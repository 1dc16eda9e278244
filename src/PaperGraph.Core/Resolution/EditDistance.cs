namespace PaperGraph.Core.Resolution;

/// <summary>Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps cost one.</summary>
internal static class EditDistance
{
    public static int Between(string left, string right)
    {
        var rows = left.Length + 1;
        var cols = right.Length + 1;
        var d = new int[rows, cols];
        for (var i = 0; i < rows; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j < cols; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i < rows; i++)
        {
            for (var j = 1; j < cols; j++)
            {
                var cost = left[i - 1] == right[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && left[i - 1] == right[j - 2] && left[i - 2] == right[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[rows - 1, cols - 1];
    }

    /// <summary>Edits a misspelling may have: one in a short name, two up to ten letters, three beyond.</summary>
    public static int AllowedFor(int length) => length <= 5 ? 1 : length <= 10 ? 2 : MaxAllowed;

    /// <summary>The most edits <see cref="AllowedFor"/> allows at any length.</summary>
    public const int MaxAllowed = 3;
}
