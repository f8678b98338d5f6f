using Ipmi.Lan;
using Ipmi.Lan.Users;
using IpmiSidecar.Configuration;
using IpmiSidecar.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Oem.Handlers;
using Oem.Handlers.App;
using Oem.Node;
using Oem.PassThrough;
using Oem.Platform;

namespace IpmiSidecar;

/// <summary>The composition root: wires the LAN front end to the platform's command handlers.</summary>
internal static class SidecarServices
{
    /// <summary>User ID 1 is the anonymous user on IPMI BMCs (§22.26); configured users start at 2, as ipmitool users expect.</summary>
    private const byte FirstUserId = 2;

    public static IServiceCollection AddSidecar(this IServiceCollection services, SidecarSettings settings, PlatformProfile profile)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(profile);
        services.AddSingleton<NodeFactory>();
        // The running demo takes real wire time on its simulated 100 kHz bus, as hardware would.
        services.AddSingleton(sp => sp.GetRequiredService<NodeFactory>().Create(profile, new NodeOptions { SimulateTiming = true }));
        services.AddSingleton<IManagedNode>(sp => sp.GetRequiredService<ManagedNode>());
        services.AddHostedService<SensorRefreshService>();
        services.AddHostedService<BusStatisticsLog>();
        // A pass-through node (ipmb, ssif) forwards to a BMC that answers IPMI itself; the chip handlers would register the same commands.
        if (profile.Node.Kind is NodeKind.Ipmb or NodeKind.Ssif)
            services.AddPassThroughNode();
        else
            services.AddOemHandlers(settings.StateDirectory, new OemHandlerOptions
            {
                SelCapacity = settings.SelCapacity,
                SelWhenFull = settings.SelWhenFull,
                MasterWriteRead = new MasterWriteReadOptions { Allowed = settings.MasterWriteReadAllow?.Select(t => new I2cTarget(t.Bus, t.Address)).ToArray() },
            });
        services.AddSingleton<IUserStore>(sp => PersistentUserStore.Open(
            settings.StateDirectory,
            [.. settings.Users.Select((user, index) => new UserAccount((byte)(FirstUserId + index), user.Name, user.Password, user.Privilege))],
            sp.GetRequiredService<ILogger<PersistentUserStore>>()));
        services.AddIpmiLan(lan =>
        {
            lan.Address = settings.LanAddress.ToString();
            lan.Port = settings.LanPort;
            lan.CipherSuites = [.. settings.CipherSuites];
            lan.AllowCipherSuiteZero = settings.CipherSuites.Contains((byte)0);
            lan.SystemGuid = profile.Identity.SystemGuid;
            lan.BmcKey = settings.BmcKey;
            lan.AllowedSources = [.. settings.AllowedSources];
            lan.SessionIdleTimeout = settings.SessionIdleTimeout;
            lan.MaxSessions = settings.MaxSessions;
            lan.LoginBurst = settings.LoginBurst;
            lan.LoginRefill = settings.LoginRefill;
            lan.MaxHalfOpenPerSource = settings.MaxHalfOpenPerSource;
            lan.MaxHalfOpenSessions = settings.MaxHalfOpenSessions;
        });
        return services;
    }
}
