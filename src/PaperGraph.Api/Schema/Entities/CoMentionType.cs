using GraphQL.MicrosoftDI;
using GraphQL.Types;
using PaperGraph.Api.Loading;
using PaperGraph.Core.Graph;
using PaperGraph.Core.Storage;

namespace PaperGraph.Api.Schema.Entities;

/// <summary>An entity mentioned alongside another.</summary>
internal sealed class CoMentionType : ObjectGraphType<CoMention>
{
    public CoMentionType()
    {
        Name = "CoMention";
        Description = "An entity mentioned in the same papers as another, with how many papers they share.";
        Field<NonNullGraphType<EntityType>, Entity>("entity").Description("The other entity.")
            .Resolve().WithService<GraphLoaders>()
            .ResolveAsync((ctx, loaders) => loaders.Entities.Load(ctx.Source.EntityId).Then(e => e!));
        Field(c => c.SharedPapers).Description("Papers mentioning both.");
    }
}
