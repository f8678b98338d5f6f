using IpmiSidecar.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Oem.Platform;

namespace IpmiSidecar;

/// <summary>What an operator needs to see once at start-up. Configured passwords are never printed.</summary>
internal static partial class StartupBanner
{
    public static void Print(IServiceProvider services, SidecarSettings settings, PlatformProfile profile)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("IpmiSidecar");
        Platform(logger, profile.Name, settings.ProfilePath);
        if (settings.UsingDemoAccount)
            DemoAccountInUse(logger, DemoAccount.Name, DemoAccount.Password);
        else
            UsersConfigured(logger, string.Join(", ", settings.Users));
        StateDirectory(logger, settings.StateDirectory);
    }

    [LoggerMessage(1, LogLevel.Information, "Platform '{Name}' from {Path}")]
    private static partial void Platform(ILogger logger, string name, string path);

    // The demo password is public by design (README, issue 2); it only ever serves loopback.
    [LoggerMessage(2, LogLevel.Warning, "No users configured: demo account user '{User}', password '{Password}' (ADMINISTRATOR), loopback only")]
    private static partial void DemoAccountInUse(ILogger logger, string user, string password);

    [LoggerMessage(3, LogLevel.Information, "Users: {Users}")]
    private static partial void UsersConfigured(ILogger logger, string users);

    [LoggerMessage(4, LogLevel.Information, "State directory {Path}")]
    private static partial void StateDirectory(ILogger logger, string path);
}
