using System.Runtime.InteropServices;
using Ipmi.Lan;
using Ipmi.Lan.Users;
using IpmiSidecar;
using IpmiSidecar.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Oem.Node;
using Oem.Platform;
using Oem.State;

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
    return ExitCodes.Configuration;
}
catch (ProfileException e)
{
    Console.Error.WriteLine($"ipmisidecar: platform profile error: {e.Message}");
    return ExitCodes.Configuration;
}

if (settings.UsingDemoAccount && profile.Buses.Any(bus => !bus.IsSimulated))
{
    Console.Error.WriteLine($"ipmisidecar: configuration error: Users (from defaults): the profile {settings.ProfilePath} drives real hardware, " +
                            "and the demo account may only serve the simulated demo; configure at least one user (Users:0:Name, Users:0:PasswordFile, Users:0:Privilege)");
    return ExitCodes.Configuration;
}

// One process per state directory, and one that can write it, before anything reads or writes state.
StateDirectoryLock stateLock;
try
{
    stateLock = StateDirectoryLock.Acquire(settings.StateDirectory);
}
catch (StateDirectoryException e)
{
    return StartupFailure.Report(StartupFailure.StateDirectory(e));
}

using (stateLock)
{
    // SIGTERM or SIGINT from here on is a clean stop, also before the host's own handlers exist (the port is bound
    // and announced before the host runs): the host then stops, or never starts, and the exit code is 0.
    using var stopping = new CancellationTokenSource();
    using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, RequestStop);
    using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, RequestStop);
    void RequestStop(PosixSignalContext context)
    {
        context.Cancel = true;
        stopping.Cancel();
    }

    builder.Services.AddSidecar(settings, profile);
    using var host = builder.Build();
    StartupBanner.Print(host.Services, settings, profile);
    try
    {
        // Open the buses now, so a missing /dev/i2c-N stops start-up with a message instead of a stack trace later.
        host.Services.GetRequiredService<IManagedNode>();
    }
    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
    {
        return StartupFailure.Report(StartupFailure.DeviceNode(e, settings));
    }
    try
    {
        host.Services.GetRequiredService<IUserStore>();
    }
    catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
    {
        return StartupFailure.Report(StartupFailure.UserFile(e));
    }
    try
    {
        host.Services.GetRequiredService<UdpListener>().Bind();
    }
    catch (LanBindException e)
    {
        return StartupFailure.Report(StartupFailure.Bind(e));
    }
    try
    {
        await host.RunAsync(stopping.Token);
    }
    catch (OperationCanceledException) when (stopping.IsCancellationRequested)
    {
        // stopped while starting
    }
    catch (Exception e)
    {
        return StartupFailure.Report(StartupFailure.Internal(e));
    }
    return 0;
}
