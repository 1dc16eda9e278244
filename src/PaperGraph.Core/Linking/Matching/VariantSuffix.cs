using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Linking.Matching;

/// <summary>
/// The variant suffix written after a known name, which a mention's span takes in while its entity stays the name's
/// (HeldOut/GUIDELINES.md section 3): parameter counts (<c>-7B</c>, <c> 70B</c>, <c>-8x7B</c>, <c>-235B-A22B</c>),
/// size words and letters (<c>-Large</c>, <c>-xl</c>, <c>-B/16</c>), resolutions (<c>@336px</c>), training-stage tags
/// (<c>-Instruct</c>, <c>-chat</c>, <c>-it</c>), an architecture's depth (<c>ResNet50</c>, <c>ResNet-101</c>) and a
/// dataset's split (<c>val2017</c>, <c>test-dev</c>). Versions are not variants: <c>GPT-4o</c>, <c>Llama 3.1</c>,
/// <c>CIFAR-100</c>, <c>ImageNet-1k</c> and <c>YOLOv8</c> take nothing from a shorter name.
/// </summary>
internal static partial class VariantSuffix
{
    private static readonly string[] SizeWords = ["tiny", "small", "base", "large", "huge", "xl", "xxl"];
    private static readonly string[] StageTags = ["instruct", "chat"];
    private static readonly string[] Splits = ["train", "val", "test", "minival", "trainval"];
    private static readonly string[] CountNouns = ["tokens", "parameters", "params", "samples", "images", "examples"];

    /// <summary>
    /// Where the variant suffix after a name of this kind ending at <paramref name="end"/> ends: the end of the last
    /// suffix token after which the name still stands on its own (<see cref="TokenBoundary"/>), or -1 when there is none.
    /// </summary>
    public static int End(string text, int end, EntityKind kind)
    {
        var best = -1;
        var previous = Token.None;
        for (var at = end; Next(text, at, kind, previous) is ({ } token, var next);)
        {
            (at, previous) = (next, token);
            if (TokenBoundary.AcceptsEnd(text, at))
            {
                best = at;
            }
        }

        return best;
    }

    /// <summary>Whether an architecture's depth is written joined to its name (<c>ResNet50</c>, <c>VGG16</c>): letters, then 2–3 digits.</summary>
    public static bool IsJoinedDepth(ReadOnlySpan<char> word, int nameLength) =>
        nameLength > 0 && nameLength < word.Length && word.Length - nameLength <= 3 && word.Length - nameLength >= 2
        && char.IsLetter(word[nameLength - 1]) && !word[nameLength..].ContainsAnyExceptInRange('0', '9');

    private enum Token
    {
        None,
        Parameters,
        Size,
        Stage,
        Depth,
        Split,
        Other,
    }

    private static (Token? Token, int End) Next(string text, int at, EntityKind kind, Token previous)
    {
        if (at >= text.Length || kind == EntityKind.Task)
        {
            return (null, at);
        }

        var separator = text[at];
        if (kind == EntityKind.Dataset)
        {
            return previous == Token.None && separator is ' ' or '-' ? Split(text, at + 1) : (null, at);
        }

        if (separator == '@' && (previous != Token.None || kind is EntityKind.Model or EntityKind.Architecture))
        {
            var digits = Digits(text, at + 1);
            var px = digits > at + 1 && string.CompareOrdinal(text, digits, "px", 0, 2) == 0 ? digits + 2 : digits;
            return digits > at + 1 && !IsWordChar(text, px) ? (Token.Other, px) : (null, at);
        }

        if (separator == ' ')
        {
            // "Llama 2 70B", never "Llama 2B tokens" nor "BERT 2 times".
            var count = Parameters(text, at + 1);
            return count > 0 && !FollowedByCountNoun(text, count) ? (Token.Parameters, count) : (null, at);
        }

        if (char.IsAsciiDigit(separator) && previous == Token.None)
        {
            var wordStart = WordStart(text, at);
            var digits = Digits(text, at);
            return kind == EntityKind.Architecture && !IsWordChar(text, digits) && IsJoinedDepth(text.AsSpan(wordStart, digits - wordStart), at - wordStart)
                ? (Token.Depth, digits)
                : (null, at);
        }

        return separator is '-' or '\u2010' or '\u2011' ? AfterHyphen(text, at + 1, kind, previous) : (null, at);
    }

    private static (Token? Token, int End) AfterHyphen(string text, int at, EntityKind kind, Token previous)
    {
        var parameters = Parameters(text, at);
        if (parameters > 0)
        {
            return (Token.Parameters, parameters);
        }

        if (previous == Token.Parameters && at < text.Length && text[at] == 'A' && Parameters(text, at + 1) is var active and > 0)
        {
            return (Token.Parameters, active); // "Qwen3-235B-A22B": active parameters
        }

        var digits = Digits(text, at);
        if (digits > at)
        {
            // "ResNet-101", "WRN-28-10": only an architecture has a depth, and a one-digit number is a version ("Mamba-2").
            var depth = kind == EntityKind.Architecture && previous is Token.None or Token.Depth && digits - at is 2 or 3 && !IsWordChar(text, digits);
            return depth ? (Token.Depth, digits) : (null, at);
        }

        if (previous != Token.None && at + 1 < text.Length && text[at] == 'v' && char.IsAsciiDigit(text[at + 1]))
        {
            var version = Digits(text, at + 1);
            while (version + 1 < text.Length && text[version] == '.' && char.IsAsciiDigit(text[version + 1]))
            {
                version = Digits(text, version + 1);
            }

            return IsWordChar(text, version) ? (null, at) : (Token.Other, version); // "Mistral-7B-Instruct-v0.2"
        }

        var wordEnd = at;
        while (wordEnd < text.Length && char.IsAsciiLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd == at || IsWordChar(text, wordEnd))
        {
            return (null, at);
        }

        var word = text.AsSpan(at, wordEnd - at);
        if (word.Length == 1 && word[0] is 'T' or 'S' or 'B' or 'L' or 'H' or 'G' || Contains(SizeWords, word))
        {
            return (Token.Size, Patch(text, wordEnd, afterLetter: word.Length == 1)); // "ViT-B/16", "ViT-B-32", "SAM-H"
        }

        if (Contains(StageTags, word) || word is "it" && previous is Token.Parameters or Token.Size)
        {
            return (Token.Stage, wordEnd);
        }

        return (null, at);
    }
}
