namespace PaperGraph.Api.Tests.StoreParity;

public abstract partial class StoreQueryTests
{
    // Reads that start from several entities at once (ExplorationRoundTripTests counts their store calls). The answers
    // were taken from the version that asked the store once per entity, so the batched read changes none of them.
    internal const string RelatedBySharedEntitiesQuery = """{ paper(id: "Paper:title:3739578d5832b8e4ff21") { relatedPapers(first: 10, reasonKinds: [SHARED_ENTITY]) { paper { id } score reasons { entity { id } weight } } } }""";

    internal const string MentionsNeighbourhoodQuery = """{ neighbourhood(id: "Paper:title:005efae14363ecad4d4a", hops: 2, maxNodes: 40, edgeKinds: [MENTIONS]) { nodes { nodeId } truncated nodesLeftOut papersLeftOut } }""";

    internal const string MentionsPathQuery = """{ path(from: "Entity:curated:lra", to: "Paper:title:3739578d5832b8e4ff21", edgeKinds: [MENTIONS]) { nodes { nodeId } hops { kind evidence } } }""";

    [Fact]
    public async Task RelatedPapers_SharedEntitiesOfTheMambaPaper_TiedPapersById()
    {
        var (_, body) = await PostAsync(RelatedBySharedEntitiesQuery);

        // Ten of the papers that share both weighted entities (Mamba 0.49815, Transformer 0.125386), tied, so by id.
        JsonAssert.Equal("""
            { "data": { "paper": { "relatedPapers": [
              { "paper": { "id": "Paper:title:30f4783ebee9c2715c64" }, "score": 0.623536, "reasons": [ { "entity": { "id": "Entity:pwc:mamba" }, "weight": 0.49815 }, { "entity": { "id": "Entity:pwc:transformer" }, "weight": 0.125386 } ] },
              { "paper": { "id": "Paper:title:4b6fbfd717504bd49002" }, "score": 0.623536, "reasons": [ { "entity": { "id": "Entity:pwc:mamba" }, "weight": 0.49815 }, { "entity": { "id": "Entity:pwc:transformer" }, "weight": 0.125386 } ] },
              { "paper": { "id": "Paper:title:4ec79c67863222cde317" }, "score": 0.623536, "reasons": [ { "entity": { "id": "Entity:pwc:mamba" }, "weight": 0.49815 }, { "entity": { "id": "Entity:pwc:transformer" }, "weight": 0.125386 } ] },
              { "paper": { "id": "Paper:title:52d562e1fcc7cb7c68a0" }, "score": 0.623536, "reasons": [ { "entity": { "id": "Entity:pwc:mamba" }, "weight": 0.49815 }, { "entity": { "id": "Entity:pwc:transformer" }, "weight": 0.125386 } ] },
              { "paper": { "id": "Paper:title:625d72f059694973a66d" }, "score": 0.623536, "reasons": [ { "entity": { "id": "Entity:pwc:mamba" }, "weight": 0.49815 }, { "entity": { "id": "Entity:pwc:transformer" }, "weight": 0.125386 } ] },
              { "paper": { "id": "Paper:title:7275a49e74f004b7db71" }, "score": 0.623536, "reasons": [ { "entity": { "id": "Entity:pwc:mamba" }, "weight": 0.49815 }, { "entity": { "id": "Entity:pwc:transformer" }, "weight": 0.125386 } ] },
              { "paper": { "id": "Paper:title:76336a835ae3a98ff8f6" }, "score": 0.623536, "reasons": [ { "entity": { "id": "Entity:pwc:mamba" }, "weight": 0.49815 }, { "entity": { "id": "Entity:pwc:transformer" }, "weight": 0.125386 } ] },
              { "paper": { "id": "Paper:title:79314f8f1c271473349a" }, "score": 0.623536, "reasons": [ { "entity": { "id": "Entity:pwc:mamba" }, "weight": 0.49815 }, { "entity": { "id": "Entity:pwc:transformer" }, "weight": 0.125386 } ] },
              { "paper": { "id": "Paper:title:8873472369c623170b79" }, "score": 0.623536, "reasons": [ { "entity": { "id": "Entity:pwc:mamba" }, "weight": 0.49815 }, { "entity": { "id": "Entity:pwc:transformer" }, "weight": 0.125386 } ] },
              { "paper": { "id": "Paper:title:9a929785898edf6396d8" }, "score": 0.623536, "reasons": [ { "entity": { "id": "Entity:pwc:mamba" }, "weight": 0.49815 }, { "entity": { "id": "Entity:pwc:transformer" }, "weight": 0.125386 } ] } ] } } }
            """, body);
    }

    [Fact]
    public async Task Neighbourhood_MentionsTwoHopsFromTheS4Paper_SameNodesAndLeftOutCounts()
    {
        var (_, body) = await PostAsync(MentionsNeighbourhoodQuery);

        JsonAssert.Equal("""
            { "data": { "neighbourhood": {
              "nodes": [
              { "nodeId": "Paper:title:005efae14363ecad4d4a" }, { "nodeId": "Entity:curated:lra" }, { "nodeId": "Entity:curated:s4" },
              { "nodeId": "Entity:pwc-dataset:cifar-10" }, { "nodeId": "Entity:pwc:resnet" }, { "nodeId": "Entity:pwc:transformer" },
              { "nodeId": "Paper:title:0da4fdc4c29387f6e476" }, { "nodeId": "Paper:title:0e5b9abc371b3039e4fe" }, { "nodeId": "Paper:title:144ca8f0357e1c2756a0" },
              { "nodeId": "Paper:title:1e40f73cbb41f2a32fa6" }, { "nodeId": "Paper:title:2167ef2a3b3bf50f8340" }, { "nodeId": "Paper:title:23f719e15ca4d82ee1cb" },
              { "nodeId": "Paper:title:2c2ff415b38e59222a4a" }, { "nodeId": "Paper:title:30f4783ebee9c2715c64" }, { "nodeId": "Paper:title:3c2781d220b83233fc65" },
              { "nodeId": "Paper:title:41dfc82e4cca2246d332" }, { "nodeId": "Paper:title:4c6529c353cd0a955c33" }, { "nodeId": "Paper:title:4ca1f7e1835c35194dc7" },
              { "nodeId": "Paper:title:52d562e1fcc7cb7c68a0" }, { "nodeId": "Paper:title:547c0bc60d1e506c1354" }, { "nodeId": "Paper:title:569e5c866697d51a23bd" },
              { "nodeId": "Paper:title:589e658fab338965d890" }, { "nodeId": "Paper:title:5ba1d32e32599266b63b" }, { "nodeId": "Paper:title:5c694c3ac1a7166b798e" },
              { "nodeId": "Paper:title:5f9f9fbbb7ed6db1eaf4" }, { "nodeId": "Paper:title:61517fd25ec4c0894dc9" }, { "nodeId": "Paper:title:6295c562fc4784860682" },
              { "nodeId": "Paper:title:629ed51a0e8efb4488aa" }, { "nodeId": "Paper:title:63de307b660751956cf9" }, { "nodeId": "Paper:title:6d2c0f86220a97f3835f" },
              { "nodeId": "Paper:title:76bad992f5f806388df4" }, { "nodeId": "Paper:title:78d51b088ab3500ba634" }, { "nodeId": "Paper:title:7bd68d7bab1fc4fdb657" },
              { "nodeId": "Paper:title:7e5a26cb1f9792b55af1" }, { "nodeId": "Paper:title:7fa8e82407e1e085ef63" }, { "nodeId": "Paper:title:812c6cb797bc0f800aaf" },
              { "nodeId": "Paper:title:820ef546245709fa5036" }, { "nodeId": "Paper:title:82871bdc758a09c21c33" }, { "nodeId": "Paper:title:831d26981f92071d9382" },
              { "nodeId": "Paper:title:85ed5fb7d0e7f0af6525" } ],
              "truncated": true, "nodesLeftOut": 27, "papersLeftOut": 74 } } }
            """, body);
    }

    [Fact]
    public async Task Path_MentionsFromLraToTheMambaPaper_ThroughAPaperAndAnEntity()
    {
        var (_, body) = await PostAsync(MentionsPathQuery);

        JsonAssert.Equal("""
            { "data": { "path": {
              "nodes": [
                { "nodeId": "Entity:curated:lra" }, { "nodeId": "Paper:title:a0777ef48eef7ecc0c4f" }, { "nodeId": "Entity:pwc:mamba" }, { "nodeId": "Paper:title:3739578d5832b8e4ff21" } ],
              "hops": [
                { "kind": "MENTIONS", "evidence": "mentions \"Long Range Arena\" in its abstract (2×)" },
                { "kind": "MENTIONS", "evidence": "mentions \"Mamba-360\" in its title (3×)" },
                { "kind": "MENTIONS", "evidence": "mentions \"Mamba\" in its title (5×)" } ] } } }
            """, body);
    }
}
