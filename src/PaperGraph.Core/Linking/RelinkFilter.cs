using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking.Abbreviations;
using PaperGraph.Core.Linking.Matching;

namespace PaperGraph.Core.Linking;

/// <summary>
/// Whether adding, changing or retiring an introduced entity with a given written form can change a paper's
/// links. Full-text search finds papers holding the form's words anywhere and in any case; this keeps only
/// those the linker can react to, so a name like "DATA" does not relink every paper that says "data".
/// Introduced entities touch a paper in exactly two ways: the matcher finds the form on the folded text with
/// its case kept (introduced aliases are exact), or one of the paper's own abbreviation definitions spells
/// the form's key (<see cref="LinkerDictionary.FindByAlias"/>, which ignores case).
/// One filter folds one paper's text once (and its keys and definitions only if a form needs them), so a
/// paper found by many forms of a batch is folded once, not once per form.
/// </summary>
internal sealed class RelinkFilter
{
    private readonly Paper _paper;
    private readonly string _title;
    private readonly string _abstract;
    private string? _titleKey;
    private string? _abstractKey;
    private HashSet<string>? _definedKeys;

    private RelinkFilter(Paper paper)
    {
        _paper = paper;
        _title = TextFolding.Normalize(paper.Title, keepCase: true);
        _abstract = TextFolding.Normalize(paper.Abstract, keepCase: true);
    }

    public static RelinkFilter For(Paper paper) => new(paper);

    /// <summary>The plain check, folding the paper for this one form.</summary>
    public static bool MayMention(Paper paper, string form) => For(paper).MayMention(form);

    /// <param name="form">A written form from <see cref="AliasVariants.Of"/>, already folded with its case kept.</param>
    public bool MayMention(string form)
    {
        if (_title.Contains(form, StringComparison.Ordinal) || _abstract.Contains(form, StringComparison.Ordinal))
        {
            return true;
        }

        // A definition's long and short forms are substrings of the field, so their keys are substrings of its key.
        var key = TextFolding.Key(form);
        _titleKey ??= TextFolding.Key(_paper.Title);
        _abstractKey ??= TextFolding.Key(_paper.Abstract);
        if (!_titleKey.Contains(key, StringComparison.Ordinal) && !_abstractKey.Contains(key, StringComparison.Ordinal))
        {
            return false;
        }

        _definedKeys ??= AbbreviationDetector.Find(_paper.Title).Concat(AbbreviationDetector.Find(_paper.Abstract))
            .SelectMany(d => new[] { TextFolding.Key(d.Long), TextFolding.Key(d.Short) })
            .ToHashSet(StringComparer.Ordinal);
        return _definedKeys.Contains(key);
    }
}
