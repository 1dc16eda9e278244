using System.Reflection;
using PaperGraph.Testing.Contract;

namespace PaperGraph.Store.Neo4j.Tests.Cypher5;

/// <summary>
/// Runs every fact and theory row of <see cref="GraphStoreContractTests"/> on fresh instances, as xunit would
/// (initialise, run, dispose), so one test can watch the whole suite's traffic. A failing fact fails the caller.
/// </summary>
internal static class ContractSuite
{
    public static async Task<int> RunAllAsync(Func<GraphStoreContractTests> create)
    {
        var ran = 0;
        var methods = typeof(GraphStoreContractTests).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(method => method.GetCustomAttribute<FactAttribute>() is not null)
            .OrderBy(method => method.Name, StringComparer.Ordinal);
        foreach (var method in methods)
        {
            var rows = method.GetCustomAttributes<InlineDataAttribute>().Select(row => row.Data).ToList();
            Assert.True(rows.Count > 0 || method.GetParameters().Length == 0, $"{method.Name}: only [InlineData] theories are supported here.");
            foreach (var arguments in rows.Count > 0 ? rows : [[]])
            {
                var instance = create();
                await instance.InitializeAsync();
                try
                {
                    var outcome = method.Invoke(instance, arguments);
                    if (outcome is Task task)
                    {
                        await task;
                    }
                }
                catch (TargetInvocationException exception) when (exception.InnerException is not null)
                {
                    throw new InvalidOperationException($"Contract fact {method.Name}({string.Join(", ", arguments ?? [])}) failed while recording.", exception.InnerException);
                }
                finally
                {
                    await instance.DisposeAsync();
                }

                ran++;
            }
        }

        return ran;
    }
}
