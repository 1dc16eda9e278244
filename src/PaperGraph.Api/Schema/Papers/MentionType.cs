using GraphQL.MicrosoftDI;
using GraphQL.Types;
using PaperGraph.Api.Loading;
using PaperGraph.Api.Schema.Entities;
using PaperGraph.Core.Graph;

namespace PaperGraph.Api.Schema.Papers;

/// <summary>One occurrence of an entity in a paper, with its exact span.</summary>
internal sealed class MentionType : ObjectGraphType<Mention>
{
    public MentionType()
    {
        Name = "Mention";
        Description = "One occurrence of an entity in a paper's title or abstract; `surface` equals the field's text from `start` to `end`.";
        Field<EntityType, Entity?>("entity").Description("The entity mentioned (null only if it was deleted since).")
            .Resolve().WithService<GraphLoaders>()
            .ResolveAsync((ctx, loaders) => loaders.Entities.Load(ctx.Source.EntityId));
        Field<NonNullGraphType<MentionFieldEnum>, MentionField>("field").Description("Which field the span indexes.").Resolve(ctx => ctx.Source.Field);
        Field(m => m.Start).Description("Start of the span in UTF-16 code units.");
        Field(m => m.End).Description("End of the span (exclusive) in UTF-16 code units.");
        Field(m => m.Surface).Description("The text of the span.");
        Field(m => m.Score).Description("The linker's confidence, 0–1.");
    }
}
