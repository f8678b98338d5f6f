using IpmiSidecar;
using IpmiSidecar.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Oem.Node;
using Microsoft.Extensions.Logging;
using Oem.Platform;

// Exit codes follow sysexits.h: 78 (EX_CONFIG) for configuration an operator must fix.
const int ExitConfigurationError = 78;

// Settings are read once at start-up, so appsettings.json is not watched for changes (a file-watcher thread less).
var startupConfiguration = new ConfigurationManager();
startupConfiguration.AddInMemoryCollection([new("hostBuilder:reloadConfigOnChange", "false")]);
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, Configuration = startupConfiguration });
ServiceManager.Configure(builder);

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

if (settings.UsingDemoAccount && profile.Buses.Any(bus => !bus.IsSimulated))
{
    Console.Error.WriteLine($"ipmisidecar: configuration error: Users (from defaults): the profile {settings.ProfilePath} drives real hardware, " +
                            "and the demo account may only serve the simulated demo; configure at least one user (Users:0:Name, Users:0:PasswordFile, Users:0:Privilege)");
    return ExitConfigurationError;
}

builder.Services.AddSidecar(settings, profile);
using var host = builder.Build();
StartupBanner.Print(host.Services, settings, profile);
try
{
    // Open the buses now, so a missing /dev/i2c-N stops start-up with a message instead of a stack trace later.
    host.Services.GetRequiredService<IManagedNode>();
}
catch (IOException e)
{
    Console.Error.WriteLine($"ipmisidecar: platform profile error: {settings.ProfilePath}: $.buses: {e.Message.TrimEnd('.')}; expected an existing device node (modprobe i2c-dev for /dev/i2c-N, modprobe ipmb-dev-int for /dev/ipmb-N; ls /dev/i2c-* /dev/ipmb-*)");
    return ExitConfigurationError;
}
await host.RunAsync();
return 0;
