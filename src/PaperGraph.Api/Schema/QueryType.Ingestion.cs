using GraphQL.MicrosoftDI;
using GraphQL.Types;
using PaperGraph.Api.Schema.Status;
using PaperGraph.Ingestion.Status;

namespace PaperGraph.Api.Schema;

internal sealed partial class QueryType
{
    private void AddIngestionFields() =>
        Field<NonNullGraphType<IngestionStatusType>, IngestionStatusSnapshot>("ingestionStatus")
            .Description("The ingestion queue's counts (queued, processing, done, failed), the last finished files with their receipts and the progress of running ones. Counts start at zero when the server starts.")
            .Resolve().WithService<IngestionStatus>()
            .Resolve((_, status) => status.Snapshot());
}
