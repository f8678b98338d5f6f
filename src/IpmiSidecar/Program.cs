using IpmiSidecar;
using IpmiSidecar.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Oem.Platform;

// Exit codes follow sysexits.h: 78 (EX_CONFIG) for configuration an operator must fix.
const int ExitConfigurationError = 78;

var builder = Host.CreateApplicationBuilder(args);
builder.Logging.ClearProviders();
builder.Logging.AddSimpleConsole(console =>
{
    console.SingleLine = true;
    console.TimestampFormat = "HH:mm:ss.fff ";
});

SidecarSettings settings;
PlatformProfile profile;
try
{
    settings = new SettingsReader(builder.Configuration, builder.Environment.ContentRootPath, AppContext.BaseDirectory).Read();
    profile = ProfileLoader.Load(settings.ProfilePath);
}
catch (ConfigurationException e)
{
    Console.Error.WriteLine($"ipmisidecar: configuration error: {e.Message}");
    return ExitConfigurationError;
}
catch (ProfileException e)
{
    Console.Error.WriteLine($"ipmisidecar: platform profile error: {e.Message}");
    return ExitConfigurationError;
}

builder.Services.AddSidecar(settings, profile);
using var host = builder.Build();
StartupBanner.Print(host.Services, settings, profile);
await host.RunAsync();
return 0;
