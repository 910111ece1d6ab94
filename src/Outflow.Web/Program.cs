using Outflow.Web;

// `dotnet Outflow.Web.dll` (or `outflow serve`): settings from appsettings, OUTFLOW_* variables and --Outflow:Key=value.
var app = OutflowApp.Build(args, WebOptions.FromEnvironment());
app.Run();

/// <summary>The entry point, public so tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
