using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace PaperGraph.Api.Tests.Transport;

/// <summary>A client that leaves mid-request is logged as one information line (499, or 400 when Kestrel reports the cut body first), never as a 500 with a stack.</summary>
public sealed class ClientDisconnectTests
{
    [Fact]
    public async Task ClientLeavesWhileSendingTheBody_RequestLogSaysAClientErrorAtInformationWithNoError()
    {
        var sink = new CapturingSink();
        await using var host = await LiveHost.StartAsync(builder => builder.Services.AddSingleton<ILogEventSink>(sink));
        var url = new Uri(host.GraphQLUrl);

        // A real client on a real socket: headers and half a body, then the connection is reset.
        using (var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
        {
            await socket.ConnectAsync(url.Host, url.Port, TestContext.Current.CancellationToken);
            var head = $"POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{\"query\": \"{{ papers";
            await socket.SendAsync(Encoding.ASCII.GetBytes(head), TestContext.Current.CancellationToken);
            await Task.Delay(200, TestContext.Current.CancellationToken); // let the server start reading the body
            socket.LingerState = new LingerOption(true, 0);
        }

        var logged = await EventuallyLoggedAsync(sink, e => e.Properties.TryGetValue("RequestPath", out var path) && path.ToString() == "\"/graphql\"");
        // Which of the two Kestrel signals first (the abort or the cut body) is a race; both are the client's doing.
        Assert.Contains(logged.Properties["StatusCode"].ToString(), new[] { "499", "400" });
        Assert.Equal(LogEventLevel.Information, logged.Level);
        Assert.Null(logged.Exception);
        Assert.DoesNotContain(sink.Events, e => e.Level >= LogEventLevel.Error);
    }

    private static async Task<LogEvent> EventuallyLoggedAsync(CapturingSink sink, Func<LogEvent, bool> match)
    {
        // The request log line is written after the server side notices the client left, which is not the same moment.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (sink.Events.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        throw new Xunit.Sdk.XunitException("no request log line for /graphql within 30 s: " + string.Join("; ", sink.Events.Select(e => e.RenderMessage())));
    }

    private sealed class CapturingSink : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> _events = new();

        public IReadOnlyCollection<LogEvent> Events => _events;

        public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
    }
}
