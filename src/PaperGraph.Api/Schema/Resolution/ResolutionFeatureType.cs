using GraphQL.Types;
using PaperGraph.Core.Resolution;

namespace PaperGraph.Api.Schema.Resolution;

/// <summary>One signal behind a candidate's score.</summary>
internal sealed class ResolutionFeatureType : ObjectGraphType<ResolutionFeature>
{
    public ResolutionFeatureType()
    {
        Name = "ResolutionFeature";
        Description = "One signal behind a score: exact, normalized, editSimilarity, trigramSimilarity, versionAlias, containsName, variant, kindAgrees, contextOverlap, unmentioned (no paper mentions the entity).";
        Field(f => f.Name).Description("The signal's name.");
        Field(f => f.Value).Description("Its value, 0–1.");
    }
}
