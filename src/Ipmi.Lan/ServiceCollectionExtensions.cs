using Ipmi.Lan.Dispatch;
using Ipmi.Lan.LanConfig;
using Ipmi.Lan.Rakp;
using Ipmi.Lan.Sessions;
using Ipmi.Lan.Users;
using Ipmi.Protocol.Commands;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ipmi.Lan;

public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the LAN channel: options, session table, RAKP handshake, the session-layer, user and LAN
    /// configuration commands (as <see cref="ICommandSource"/>s), the dispatcher over every registered <see cref="ICommandSource"/>,
    /// the datagram processor and <see cref="UdpListener"/> as a hosted service. An <see cref="IUserStore"/>,
    /// <see cref="ICompletionCodeMapper"/>, <see cref="INetworkFactsSource"/> or <see cref="TimeProvider"/> registered before this call wins over the
    /// defaults (an empty <see cref="InMemoryUserStore"/>, <see cref="DefaultCompletionCodeMapper"/>, the host's
    /// interfaces, the system clock).
    /// </summary>
    public static IServiceCollection AddIpmiLan(this IServiceCollection services, Action<LanOptions>? configure = null)
    {
        var options = services.AddOptions<LanOptions>();
        if (configure is not null)
            options.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IUserStore>(_ => new InMemoryUserStore());
        services.TryAddSingleton<ICompletionCodeMapper, DefaultCompletionCodeMapper>();
        services.TryAddSingleton<SourceLoginBudget>();
        services.TryAddSingleton<RefusalLog>();
        services.TryAddSingleton<SourceAllowlist>();
        services.TryAddSingleton<SessionTable>();
        services.TryAddSingleton<RakpHandshake>();
        services.TryAddSingleton<SessionCommands>();
        services.AddSingleton<ICommandSource>(sp => sp.GetRequiredService<SessionCommands>());
        services.TryAddSingleton<INetworkFactsSource, HostNetworkFactsSource>();
        services.TryAddSingleton<LanConfiguration>();
        services.TryAddSingleton<UserCommands>();
        services.AddSingleton<ICommandSource>(sp => sp.GetRequiredService<UserCommands>());
        services.TryAddSingleton<LanConfigurationCommands>();
        services.AddSingleton<ICommandSource>(sp => sp.GetRequiredService<LanConfigurationCommands>());
        services.TryAddSingleton<CommandDispatcher>();
        services.TryAddSingleton<DatagramProcessor>();
        services.TryAddSingleton<UdpListener>();
        services.AddHostedService(sp => sp.GetRequiredService<UdpListener>());
        return services;
    }
}
