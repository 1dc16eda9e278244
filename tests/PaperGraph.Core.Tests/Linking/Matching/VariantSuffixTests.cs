using PaperGraph.Core.Graph;
using PaperGraph.Core.Linking.Matching;

namespace PaperGraph.Core.Tests.Linking.Matching;

/// <summary>What <see cref="VariantSuffix"/> takes in after a name (HeldOut/GUIDELINES.md section 3), and what it leaves.</summary>
public sealed class VariantSuffixTests
{
    [Theory]
    [InlineData("LLaMA-2-70B is big", "LLaMA-2", EntityKind.Model, "LLaMA-2-70B")]
    [InlineData("Llama 2 70B, then", "Llama 2", EntityKind.Model, "Llama 2 70B")]
    [InlineData("Qwen2.5-1.5B-Instruct.", "Qwen2.5", EntityKind.Model, "Qwen2.5-1.5B-Instruct")]
    [InlineData("Mixtral-8x7B-Instruct-v0.1 wins", "Mixtral", EntityKind.Model, "Mixtral-8x7B-Instruct-v0.1")]
    [InlineData("Qwen3-235B-A22B;", "Qwen3", EntityKind.Model, "Qwen3-235B-A22B")]
    [InlineData("gemma-2-9b-it answers", "gemma-2", EntityKind.Model, "gemma-2-9b-it")]
    [InlineData("BERT-Large and", "BERT", EntityKind.Model, "BERT-Large")]
    [InlineData("T5-xxl and", "T5", EntityKind.Model, "T5-xxl")]
    [InlineData("ViT-B/16 features", "ViT", EntityKind.Architecture, "ViT-B/16")]
    [InlineData("ViT-L/14@336px features", "ViT", EntityKind.Architecture, "ViT-L/14@336px")]
    [InlineData("a ResNet50 backbone", "ResNet", EntityKind.Architecture, "ResNet50")]
    [InlineData("a ResNet-101 backbone", "ResNet", EntityKind.Architecture, "ResNet-101")]
    [InlineData("VGG16.", "VGG", EntityKind.Architecture, "VGG16")]
    [InlineData("WRN-28-10 nets", "WRN", EntityKind.Architecture, "WRN-28-10")]
    [InlineData("Llama-7B-based agents", "Llama", EntityKind.Model, "Llama-7B")]
    [InlineData("on COCO val2017 we", "COCO", EntityKind.Dataset, "COCO val2017")]
    [InlineData("on COCO test-dev.", "COCO", EntityKind.Dataset, "COCO test-dev")]
    [InlineData("our Foo-7B model", "Foo", EntityKind.Method, "Foo-7B")]
    public void End_VariantSuffix_JoinsTheSpan(string text, string name, EntityKind kind, string span)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);

        var end = VariantSuffix.End(text, start + name.Length, kind);

        Assert.Equal(span, end < 0 ? null : text[start..end]);
    }

    [Theory]
    [InlineData("CIFAR-100 images", "CIFAR", EntityKind.Dataset)] // a version, not a split
    [InlineData("ImageNet-1k images", "ImageNet", EntityKind.Dataset)]
    [InlineData("Mamba-2 layers", "Mamba", EntityKind.Architecture)] // one digit: a version
    [InlineData("Llama-3 answers", "Llama", EntityKind.Model)] // models have no depth
    [InlineData("Llama 3.1 answers", "Llama 3", EntityKind.Model)]
    [InlineData("GPT-4o answers", "GPT-4", EntityKind.Model)]
    [InlineData("YOLOv8 detects", "YOLO", EntityKind.Architecture)]
    [InlineData("MMLU-Pro asks", "MMLU", EntityKind.Dataset)]
    [InlineData("BERT 2 times faster", "BERT", EntityKind.Model)]
    [InlineData("OLMo 2T tokens", "OLMo", EntityKind.Model)]
    [InlineData("Llama 7B tokens", "Llama", EntityKind.Model)]
    [InlineData("BERT large models", "BERT", EntityKind.Model)] // a size word only after a hyphen
    [InlineData("ResNet50d nets", "ResNet", EntityKind.Architecture)]
    [InlineData("ResNet2024 nets", "ResNet", EntityKind.Architecture)]
    [InlineData("Llama-7B-AWQ runs", "Llama", EntityKind.Model)] // "-AWQ" goes on as another name
    [InlineData("COCO test set", "COCO", EntityKind.Dataset)]
    [InlineData("Foo-it works", "Foo", EntityKind.Model)] // "it" only after a size
    public void End_VersionOrNoSuffix_TakesNothing(string text, string name, EntityKind kind)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);

        Assert.Equal(-1, VariantSuffix.End(text, start + name.Length, kind));
    }
}
