using Xunit.Sdk;
using Xunit.v3;

// Every Neo4j test shares one server and cleans its database, and the restart test stops it: run one at a time.
[assembly: Parallelization(Mode = ParallelMode.None)]
[assembly: AssemblyFixture(typeof(PaperGraph.Store.Neo4j.Tests.Server.Neo4jServer))]
