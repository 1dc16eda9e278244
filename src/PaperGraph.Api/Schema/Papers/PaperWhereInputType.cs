using GraphQL.Types;
using PaperGraph.Api.Schema.Entities;

namespace PaperGraph.Api.Schema.Papers;

/// <summary>Filters on papers; every field given must hold.</summary>
internal sealed class PaperWhereInputType : InputObjectGraphType<PaperWhere>
{
    public PaperWhereInputType()
    {
        Name = "PaperWhere";
        Description = "Filters on papers; every field given must hold (AND).";
        Field(w => w.Year, nullable: true).Description("Listing year.");
        Field(w => w.DateFrom, nullable: true).Description("Inclusive lower bound: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` for the first day of that month or year; anything else is an error. Papers with no year never match.");
        Field(w => w.DateTo, nullable: true).Description("Inclusive upper bound: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` for the last day of that month or year; anything else is an error. Papers with no year never match.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("mentions").Description("Papers mentioning all of these entities (global or bare entity ids).");
        Field<EntityKindEnum>("kind").Description("Papers mentioning at least one entity of this kind.");
        Field(w => w.Author, nullable: true).Description("Papers by this author, any spelling with the same key (case, accents, dots and `Last, First` do not matter).");
    }
}
