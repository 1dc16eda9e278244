namespace PaperGraph.Core.Linking.Matching;

/// <summary>
/// The written forms an alias also matches as: digits joined to the name (<c>FlashAttention 2</c> →
/// <c>FlashAttention2</c>) and a plural (<c>Transformer</c> → <c>Transformers</c>). Forms keep case; keys fold it.
/// </summary>
internal static class AliasVariants
{
    public static IEnumerable<string> Of(string alias)
    {
        var form = TextFolding.Normalize(alias, keepCase: true);
        if (form.Length == 0)
        {
            yield break;
        }

        yield return form;
        var joined = JoinDigits(form);
        if (joined != form)
        {
            yield return joined;
        }

        if (form.Length >= 3 && char.IsLetter(form[^1]) && form[^1] is not ('s' or 'S'))
        {
            yield return form + "s";
        }
    }

    /// <summary>Drops a space between a letter and a digit: <c>Llama 2</c> → <c>Llama2</c>.</summary>
    private static string JoinDigits(string form)
    {
        if (!form.Contains(' ', StringComparison.Ordinal))
        {
            return form; // nothing to join, and most aliases are one word
        }

        var chars = new List<char>(form.Length);
        for (var i = 0; i < form.Length; i++)
        {
            if (form[i] == ' ' && i > 0 && i + 1 < form.Length && char.IsLetter(form[i - 1]) && char.IsDigit(form[i + 1]))
            {
                continue;
            }

            chars.Add(form[i]);
        }

        return new string(chars.ToArray());
    }
}
