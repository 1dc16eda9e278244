using System.Globalization;
using System.Text;

namespace PaperGraph.Core.Authors;

/// <summary>
/// Author identity: listings spell one person differently ("Émile Zola", "Emile  Zola", "Zola, Emile",
/// "E. Zola" stays apart: initials are not guessed). The key folds case, accents, dots, hyphens and spacing,
/// and reads "Last, First" as "First Last". Papers' author lists merge by a rule that does not depend on the
/// order listings arrive in.
/// </summary>
public static class AuthorNames
{
    /// <summary>The identity key of one author name; empty for a name with no letters or digits.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0 && name.IndexOf(',', comma + 1) < 0)
        {
            name = name[(comma + 1)..] + " " + name[..comma];
        }

        var builder = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name.Normalize(NormalizationForm.FormKD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c != '\'' && c != '’')
            {
                space = true; // dots, hyphens and spaces all separate words
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The author list a paper keeps when two listings disagree: a non-empty list over an empty one, then the
    /// longer list, then the ordinally smaller one. A total order's maximum, so any number of listings in
    /// any order give the same list.
    /// </summary>
    public static IReadOnlyList<string> Merge(IReadOnlyList<string>? stored, IReadOnlyList<string> incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        if (stored is null || stored.Count == 0)
        {
            return incoming;
        }

        if (incoming.Count != stored.Count)
        {
            return incoming.Count > stored.Count ? incoming : stored;
        }

        return string.CompareOrdinal(string.Join('\u0001', incoming), string.Join('\u0001', stored)) < 0 ? incoming : stored;
    }
}
