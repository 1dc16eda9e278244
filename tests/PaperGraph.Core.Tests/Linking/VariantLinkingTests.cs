using PaperGraph.Core.Graph;

namespace PaperGraph.Core.Tests.Linking;

/// <summary>
/// A known name with a variant suffix is one mention whose span is the whole surface and whose entity is the name's
/// (HeldOut/GUIDELINES.md section 3); versions stay their own names, and nothing inside a URL is a mention.
/// </summary>
public sealed class VariantLinkingTests(LinkingFixture fixture) : IClassFixture<LinkingFixture>
{
    private string[] Link(string text) =>
        fixture.Linker.Link(new Paper { Id = "test:1", Title = "A study", Abstract = text }, fixture.Dictionary).Annotations.Mentions
            .Select(m => $"{m.Surface}={m.EntityId}").ToArray();

    [Fact]
    public void Link_ParameterCountsAndStageTags_AreOneMentionOfTheBase()
    {
        Assert.Equal(
            ["LLaMA-2-70B=curated:llama-2", "Llama 2 70B=curated:llama-2", "Qwen2.5-7B-Instruct=curated:qwen", "Mixtral-8x7B-Instruct=curated:mixtral", "Qwen3-235B-A22B=curated:qwen"],
            Link("We fine-tune LLaMA-2-70B, Llama 2 70B, Qwen2.5-7B-Instruct, Mixtral-8x7B-Instruct and Qwen3-235B-A22B."));
    }

    [Fact]
    public void Link_SizesPatchesAndDepths_AreOneMentionOfTheBase()
    {
        Assert.Equal(
            ["ViT-B/16=pwc:vision-transformer", "ViT-L/14@336px=pwc:vision-transformer", "BERT-Large=pwc:bert", "BERT-base=pwc:bert", "ResNet50=pwc:resnet", "ResNet-101=pwc:resnet"],
            Link("Backbones: ViT-B/16, ViT-L/14@336px, BERT-Large, BERT-base, ResNet50, and ResNet-101."));
    }

    [Fact]
    public void Link_PatchWrittenWithAHyphenAfterASizeLetter_IsPartOfTheSpan()
    {
        Assert.Equal(
            ["ViT-B-32=pwc:vision-transformer", "ViT-L-14=pwc:vision-transformer", "BERT-Large=pwc:bert", "ViT=pwc:vision-transformer"],
            Link("Backbones ViT-B-32 and ViT-L-14 against BERT-Large; ViT-B-2 is not a patch."));
    }

    [Fact]
    public void Link_DatasetSplit_IsOneMentionOfTheDataset()
    {
        Assert.Equal(["MS-COCO train2014=curated:ms-coco", "COCO test-dev=curated:ms-coco"], Link("Results on MS-COCO train2014 and on COCO test-dev."));
    }

    [Fact]
    public void Link_NameMatchedAsWritten_WinsOverAVariantOfAShorterName()
    {
        Assert.Equal(
            ["Mixtral 8x7B=curated:mixtral", "Mistral-7B=curated:mistral-7b", "VGG16=pwc:vgg-16", "COCO val2017=pwc-dataset:coco-val2017"],
            Link("Mixtral 8x7B and Mistral-7B agree; VGG16 on COCO val2017."));
    }

    [Fact]
    public void Link_Versions_StayTheirOwnNames()
    {
        Assert.Equal(
            ["CIFAR-100=pwc-dataset:cifar-100", "CIFAR-10=pwc-dataset:cifar-10", "GPT-4o=curated:gpt-4o", "MMLU-Pro=pwc-dataset:mmlu-pro", "YOLOv8=pwc:yolov8"],
            Link("On CIFAR-100 and CIFAR-10, GPT-4o, MMLU-Pro and YOLOv8 differ."));
    }

    [Fact]
    public void Link_NumbersThatAreNoSize_StayOutOfTheSpan()
    {
        Assert.Equal(["BERT=pwc:bert", "OLMo=curated:olmo", "ResNet=pwc:resnet"], Link("BERT 2 times faster; OLMo 2T tokens; ResNet2024d is new; ResNet layers."));
    }

    [Fact]
    public void Link_NamesInsideUrls_AreNotMentions()
    {
        Assert.Equal(["LLaMA-2-70B=curated:llama-2"], Link("We release LLaMA-2-70B adapters at https://github.com/org/LLaMA-2-70B and http://x.org/BERT."));
    }

    [Fact]
    public void Link_LowerCaseArchitectureInArchitectureContext_IsTheArchitecture()
    {
        Assert.Equal(
            ["transformer=pwc:transformer", "transformer=pwc:transformer", "transformers=pwc:transformer"],
            Link("A transformer-based encoder with 12 transformer layers beats vanilla transformers."));
    }

    [Fact]
    public void Link_LowerCaseArchitectureElsewhere_IsNoMention()
    {
        Assert.Empty(Link("The power transformer in the substation fails; a transformer with taps is cheaper."));
    }

    [Fact]
    public void Link_PaperOwnNameWithASize_IsAVariantOfItsName()
    {
        var result = fixture.Linker.Link(
            new Paper { Id = "test:2", Title = "Zorblax: a small open model", Abstract = "We introduce Zorblax, and Zorblax-7B-Instruct beats Zorblax." },
            fixture.Dictionary);

        var mentions = result.Annotations.Mentions.Select(m => m.Surface).ToArray();
        Assert.Contains("Zorblax-7B-Instruct", mentions);
        Assert.DoesNotContain(result.NewEntities, e => e.Name.Contains("7B", StringComparison.Ordinal));
    }
}
