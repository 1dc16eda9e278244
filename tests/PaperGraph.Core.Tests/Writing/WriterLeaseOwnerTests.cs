using System.Diagnostics;
using PaperGraph.Core.Writing;

namespace PaperGraph.Core.Tests.Writing;

public sealed class WriterLeaseOwnerTests
{
    [Fact]
    public void TryParse_WhatToStringWrote_RoundTrips()
    {
        var owner = WriterLeaseOwner.ForThisProcess();

        Assert.Equal(owner, WriterLeaseOwner.TryParse(owner.ToString()));
        Assert.NotEqual(owner, WriterLeaseOwner.ForThisProcess()); // two leases of one process are two owners
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("host:12")]
    [InlineData("host:x12:abc")]
    [InlineData("host:-1:abc")]
    [InlineData(":12:abc")]
    [InlineData("host:12:abc:extra")]
    public void TryParse_NotHostPidRandom_Null(string? text) => Assert.Null(WriterLeaseOwner.TryParse(text));

    [Fact]
    public async Task IsGoneFrom_ProcessAliveThenKilled_FalseThenTrue()
    {
        using var sleeper = Process.Start("sleep", "600");
        var owner = new WriterLeaseOwner(Environment.MachineName, sleeper.Id, "test");

        var whileAlive = owner.IsGoneFrom(Environment.MachineName);
        var fromAnotherHost = owner.IsGoneFrom("another-host");
        sleeper.Kill();
        await sleeper.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.False(whileAlive);
        Assert.True(owner.IsGoneFrom(Environment.MachineName));
        Assert.False(new WriterLeaseOwner("another-host", sleeper.Id, "test").IsGoneFrom(Environment.MachineName));
        Assert.False(fromAnotherHost);
    }
}
