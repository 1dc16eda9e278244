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
/// </summary>
internal static class RelinkFilter
{
    /// <param name="form">A written form from <see cref="AliasVariants.Of"/>, already folded with its case kept.</param>
    public static bool MayMention(Paper paper, string form)
    {
        if (Folded(paper.Title, keepCase: true).Contains(form, StringComparison.Ordinal)
            || Folded(paper.Abstract, keepCase: true).Contains(form, StringComparison.Ordinal))
        {
            return true;
        }

        // A definition's long and short forms are substrings of the field, so their keys are substrings of its key.
        var key = TextFolding.Key(form);
        return (TextFolding.Key(paper.Title).Contains(key, StringComparison.Ordinal) || TextFolding.Key(paper.Abstract).Contains(key, StringComparison.Ordinal))
            && AbbreviationDetector.Find(paper.Title).Concat(AbbreviationDetector.Find(paper.Abstract))
                .Any(d => TextFolding.Key(d.Long) == key || TextFolding.Key(d.Short) == key);
    }

    private static string Folded(string text, bool keepCase) => TextFolding.Normalize(text, keepCase);
}
