using PaperGraph.Api.Hosting;
using Serilog;

// Two-stage Serilog start-up: this bootstrap logger reports start-up failures until the host's logger,
// configured from appsettings, replaces it.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
try
{
    var app = PaperGraphApi.BuildApp(args);
    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The PaperGraph API failed to start or stopped unexpectedly");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Exposed so tests can host the API with WebApplicationFactory.</summary>
public partial class Program;
