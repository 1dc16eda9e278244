using Xunit.Sdk;
using Xunit.v3;

// Every Neo4j test shares one server and cleans its database, and the restart test stops it: run one at a time.
[assembly: Parallelization(Mode = ParallelMode.None)]
[assembly: AssemblyFixture(typeof(PaperGraph.Testing.Neo4j.Neo4jServer))]
