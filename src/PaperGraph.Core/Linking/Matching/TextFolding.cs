using System.Runtime.CompilerServices;

namespace PaperGraph.Core.Linking.Matching;

/// <summary>
/// How names and text are folded before matching: letters lower-cased (unless the case is kept), hyphens,
/// dashes, underscores and white space collapsed to one space, everything else kept. One original char is one
/// folded char, so a folded position maps straight back to the original string.
/// </summary>
internal static class TextFolding
{
    public static bool IsSeparator(char c) =>
        c is ' ' or '-' or '_' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u00A0' || char.IsWhiteSpace(c);

    public static char Fold(char c) => c < 128
        ? c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c
        : char.ToLowerInvariant(c);

    /// <summary><see cref="Normalize(ReadOnlySpan{char}, bool)"/>, returning the text itself when it is already normal (most aliases are).</summary>
    public static string Normalize(string text, bool keepCase) =>
        IsNormal(text, folded: !keepCase) ? text : Normalize(text.AsSpan(), keepCase);

    /// <summary>The folded form with separators collapsed and trimmed; <paramref name="keepCase"/> keeps letters as written.</summary>
    public static string Normalize(ReadOnlySpan<char> text, bool keepCase)
    {
        var buffer = text.Length <= 256 ? stackalloc char[256] : new char[text.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSeparator(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }

            buffer[length++] = keepCase ? c : Fold(c);
        }

        return new string(buffer[..length]);
    }

    /// <summary>
    /// Whether <see cref="Normalize(ReadOnlySpan{char}, bool)"/> of <paramref name="text"/> with its case kept equals <paramref name="expected"/>,
    /// without building the string (checked for every exact-case hit).
    /// </summary>
    public static bool NormalizesTo(ReadOnlySpan<char> text, string expected)
    {
        var at = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSeparator(c))
            {
                pendingSpace = at > 0;
                continue;
            }

            if (pendingSpace)
            {
                if (at >= expected.Length || expected[at++] != ' ')
                {
                    return false;
                }

                pendingSpace = false;
            }

            if (at >= expected.Length || expected[at++] != c)
            {
                return false;
            }
        }

        return at == expected.Length;
    }

    /// <summary>Marks a separator in <see cref="FoldForMatch"/>.</summary>
    public const int Separator = -1;

    /// <summary>
    /// One char of a field as the matchers see it: folded (<see cref="Fold"/>), or <see cref="Separator"/>, a run of
    /// which stands for one space (dropped at the field's start). ASCII goes through a table: this runs per char
    /// of every field.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // the JIT left it a call in the trie's scan loop
    public static int FoldForMatch(char c) => c < 128 ? AsciiFold[c] : IsSeparator(c) ? Separator : char.ToLowerInvariant(c);

    /// <summary>
    /// Where a match of <paramref name="key"/> starting at <paramref name="start"/> of a field ends (exclusive), or -1:
    /// the field's chars from there, folded by <see cref="FoldForMatch"/>, spell the key.
    /// </summary>
    public static int MatchAt(ReadOnlySpan<char> field, int start, string key)
    {
        var at = start;
        foreach (var expected in key)
        {
            if (at >= field.Length)
            {
                return -1;
            }

            var f = FoldForMatch(field[at++]);
            if (f == Separator)
            {
                if (expected != ' ')
                {
                    return -1;
                }

                while (at < field.Length && FoldForMatch(field[at]) == Separator)
                {
                    at++;
                }
            }
            else if (f != expected)
            {
                return -1;
            }
        }

        return at;
    }

    /// <summary>Each ASCII char folded, or <see cref="Separator"/>. Read-only after the type initialiser.</summary>
    private static readonly int[] AsciiFold = Enumerable.Range(0, 128)
        .Select(c => IsSeparator((char)c) ? Separator : Fold((char)c))
        .ToArray();

    /// <summary>The case-insensitive lookup key of a name: <c>Flash-Attention 2</c> and <c>flash attention-2</c> share one.</summary>
    public static string Key(string text) => Normalize(text, keepCase: false);

    /// <summary>
    /// Whether a text is its own normal form (most names and aliases are), so it need not be copied: separators
    /// only as single inner spaces and, when <paramref name="folded"/>, every char folded.
    /// </summary>
    private static bool IsNormal(string text, bool folded)
    {
        if (text.Length == 0)
        {
            return true;
        }

        if (IsSeparator(text[0]) || IsSeparator(text[^1]))
        {
            return false;
        }

        var previousWasSpace = false;
        foreach (var c in text)
        {
            if (IsSeparator(c))
            {
                if (c != ' ' || previousWasSpace)
                {
                    return false;
                }

                previousWasSpace = true;
            }
            else if (folded && Fold(c) != c)
            {
                return false;
            }
            else
            {
                previousWasSpace = false;
            }
        }

        return true;
    }
}
