using PaperGraph.Core.Graph;

namespace PaperGraph.Api.Reconciliation;

/// <summary>A type of the service: an entity kind, or <c>paper</c>.</summary>
internal sealed record ReconcileType(string Id, string Name, string Description, EntityKind? Kind)
{
    public const string PaperId = "paper";

    public bool IsPaper => Kind is null;

    public static IReadOnlyList<ReconcileType> All { get; } =
    [
        new("method", "Method", "A technique or algorithm (FlashAttention, LoRA).", EntityKind.Method),
        new("architecture", "Architecture", "A network architecture (Transformer, Mamba).", EntityKind.Architecture),
        new("model", "Model", "A trained model (Llama 3, BERT).", EntityKind.Model),
        new("dataset", "Dataset", "A dataset or benchmark (SQuAD, ImageNet).", EntityKind.Dataset),
        new("task", "Task", "A task papers address (question answering).", EntityKind.Task),
        new(PaperId, "Paper", "A paper, by title or arXiv id.", null),
    ];

    /// <summary>The type with this id or name, ignoring case.</summary>
    public static ReconcileType? Find(string id) =>
        All.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.OrdinalIgnoreCase) || string.Equals(t.Name, id, StringComparison.OrdinalIgnoreCase));

    public static ReconcileType Of(EntityKind kind) => All.First(t => t.Kind == kind);
}
