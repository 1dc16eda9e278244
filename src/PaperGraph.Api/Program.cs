var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health/live", () => "ok");
app.Run();

/// <summary>Exposed so tests can host the API with WebApplicationFactory.</summary>
public partial class Program;
