using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging;

namespace IpmiSidecar;

/// <summary>
/// How the executable fits the service manager that started it (systemd.exec(5), sd_notify(3)): console logs in
/// the journal's format when systemd runs it, and readiness reported through NOTIFY_SOCKET once every hosted
/// service has started — the UDP listener binds in its StartAsync, so READY=1 means the port answers.
/// </summary>
/// <remarks>
/// AddSystemd() from Microsoft.Extensions.Hosting.Systemd decides by the parent process's name ("systemd"); this
/// goes by the variables systemd sets instead (NOTIFY_SOCKET is what sd_notify(3) itself reads) and registers that
/// package's <see cref="SystemdLifetime"/> and <see cref="SystemdNotifier"/>, so any supervisor speaking the notify
/// protocol, and a test, get the same behaviour as systemd.
/// </remarks>
public static class ServiceManager
{
    /// <summary>Set by systemd for every service it runs (systemd.exec(5), "Environment Variables Set").</summary>
    public const string InvocationIdVariable = "INVOCATION_ID";

    /// <summary>Set by systemd when stdout or stderr is connected to the journal.</summary>
    public const string JournalStreamVariable = "JOURNAL_STREAM";

    /// <summary>The datagram socket sd_notify(3) sends READY=1 and STOPPING=1 to.</summary>
    public const string NotifySocketVariable = "NOTIFY_SOCKET";

    public static void Configure(HostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        if (IsSet(InvocationIdVariable) || IsSet(JournalStreamVariable))
        {
            // "<6>Category[EventId] message": journald turns the <N> prefix into the entry's priority and adds its own time.
            builder.Logging.AddSystemdConsole();
        }
        else
        {
            builder.Logging.AddSimpleConsole(console =>
            {
                console.SingleLine = true;
                console.TimestampFormat = "HH:mm:ss.fff ";
            });
        }

        if (IsSet(NotifySocketVariable))
        {
            builder.Services.AddSingleton<ISystemdNotifier, SystemdNotifier>();
            builder.Services.AddSingleton<IHostLifetime, SystemdLifetime>();
        }
    }

    private static bool IsSet(string variable) => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable));
}
