using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking;
using PaperGraph.Core.Linking.Novelty;

namespace PaperGraph.Core.Tests.Linking.Novelty;

public sealed class IntroducedEntityMergeTests
{
    private static Entity Version(string name, EntityKind kind, string title, params string[] aliases) => new()
    {
        Id = "new:keyface", Name = name, Kind = kind, Aliases = [name, .. aliases], Source = "introduced",
        Description = $"Introduced by \"{title}\".", IntroducedBy = new IntroducingPaper(title, null, null),
    };

    [Fact]
    public void Merge_AnyOrderOfVersions_KeepsSmallestPaperIdsVersionWithEveryAlias()
    {
        (string, Entity)[] versions =
        [
            ("arxiv:2", Version("Keyface", EntityKind.Dataset, "B", "KF")),
            ("arxiv:1", Version("KeyFace", EntityKind.Method, "A")),
            ("arxiv:3", Version("KeyFace", EntityKind.Model, "C", "KFace", "KF")),
        ];

        var merged = versions.Permutations().Select(IntroducedEntityMerge.Merge).ToArray();

        Assert.All(merged, m => Assert.True(EntityEquality.Same(merged[0], m)));
        Assert.Equal(("KeyFace", EntityKind.Method, "A"), (merged[0].Name, merged[0].Kind, merged[0].IntroducedBy!.Title));
        Assert.Equal(["KeyFace", "KF", "KFace", "Keyface"], merged[0].Aliases);
    }
}
