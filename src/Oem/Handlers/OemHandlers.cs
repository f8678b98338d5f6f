using Ipmi.Protocol.App;
using Ipmi.Protocol.Commands;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Oem.Handlers.App;
using Oem.Handlers.Chassis;
using Oem.Handlers.Dcmi;
using Oem.Handlers.Fru;
using Oem.Handlers.Sel;
using Oem.Handlers.Sensors;
using Oem.Handlers.SystemInfo;
using Oem.Handlers.Watchdog;
using Oem.Node;
using Oem.State;

namespace Oem.Handlers;

/// <summary>
/// Every IPMI command group of one managed node, built over its capabilities, a clock and the state directory: the
/// object graph <see cref="ServiceCollectionExtensions.AddOemHandlers"/> registers, and what tests drive directly.
/// A capability the node lacks registers no commands (the dispatcher answers 0xC1).
/// </summary>
public sealed class OemHandlers : IDisposable
{
    public OemHandlers(IManagedNode node, TimeProvider time, StateDirectory state, OemHandlerOptions options, ILoggerFactory loggers,
        IReadOnlyList<I2cTarget> masterWriteReadTargets)
    {
        var json = StateJsonContext.Default;
        Sel = new SelStore(state.File("sel.json", json.SelState, "the System Event Log's entries"), new SelClock(state.File("sel-clock.json", json.SelClockState, "the SEL time offset and UTC offset"), time), options.SelCapacity,
            time, loggers.CreateLogger<SelStore>(), options.SelWhenFull);
        // Before the SDR repository, whose records show the thresholds and hysteresis in force.
        SensorSettings = node.Sensors is { } settable
            ? new SensorSettingsStore(settable, state.File("sensor-settings.json", json.SensorSettingsState, "the sensor thresholds and hysteresis set over IPMI"),
                loggers.CreateLogger<SensorSettingsStore>())
            : null;
        Sdr = new SdrRepository(node, time);
        Boot = new BootOptions(state.File("boot-options.json", json.BootOptionsState, "the boot flags (boot device)"), time);
        Policy = new ChassisPolicy(state.File("chassis-policy.json", json.ChassisPolicyState, "the power restore policy"));
        Hours = new PowerOnHours(state.File("poh.json", json.PohState, "the power-on hours counter"));
        Actions = node.Power is { } power ? new ChassisActions(power, Sel, Boot, time) : null;
        LastPower = node.Power is { } observed
            ? new LastPowerState(observed, state.File("power-state.json", json.PowerState, "the last power state (for the 'previous' restore policy)"), loggers.CreateLogger<LastPowerState>())
            : null;
        PowerRestore = Actions is not null && LastPower is not null
            ? new PowerRestore(Actions, Policy, LastPower, loggers.CreateLogger<PowerRestore>())
            : null;
        Identify = node.Identify is { } led ? new IdentifyController(led, time, loggers.CreateLogger<IdentifyController>()) : null;
        Watchdog = new WatchdogTimer(Actions, Sel, time, loggers.CreateLogger<WatchdogTimer>());
        PowerSampler = new PowerSampler(node, time, options.PowerStatisticsWindow);
        PohSampler = new PohSampler(node, Hours, LastPower, time, loggers.CreateLogger<PohSampler>());
        ThresholdEvents = node.Sensors is { } sensors
            ? new ThresholdEventLogger(sensors, Sdr, Sel, loggers.CreateLogger<ThresholdEventLogger>())
            : null;

        var support = AdditionalDeviceSupport.SensorDevice | AdditionalDeviceSupport.SdrRepositoryDevice | AdditionalDeviceSupport.SelDevice
            | (node.Fru is null ? 0 : AdditionalDeviceSupport.FruInventoryDevice)
            | (node.Power is null ? 0 : AdditionalDeviceSupport.ChassisDevice);
        var limits = new PowerLimitStore(state.File("power-limit.json", json.PowerLimitState, "the DCMI power limit"));
        var identity = new DcmiIdentityStore(state.File("dcmi-identity.json", json.DcmiIdentityState, "the DCMI asset tag and management controller identifier"),
            node.Identity.SystemGuid);
        var systemInfo = new SystemInfoStore(state.File("system-info.json", json.SystemInfoState, "the system info parameters (firmware version, system and OS names)"));
        List<ICommandSource> sources =
        [
            new DeviceIdentityCommands(node.Identity, support),
            new GlobalEnablesCommands(Sel),
            new ChassisCommands(Actions, Identify, Policy, Boot, Hours, options.Chassis, time, loggers.CreateLogger<ChassisCommands>()),
            new SdrCommands(Sdr),
            new SelCommands(Sel),
            new FruCommands(node),
            new DcmiCommands(node, Sel, PowerSampler, limits, identity),
            new WatchdogCommands(Watchdog),
            new SystemInfoCommands(systemInfo),
            new MasterWriteReadCommands(node, options.MasterWriteRead.Allowed ?? masterWriteReadTargets),
        ];
        if (node.Sensors is { } source && SensorSettings is { } settings)
            sources.Add(new SensorCommands(source, settings, Sdr, Sel));
        Sources = sources;
    }

    public SelStore Sel { get; }
    public SensorSettingsStore? SensorSettings { get; }
    public SdrRepository Sdr { get; }
    public BootOptions Boot { get; }
    public ChassisPolicy Policy { get; }
    public PowerOnHours Hours { get; }
    public ChassisActions? Actions { get; }
    public LastPowerState? LastPower { get; }
    public PowerRestore? PowerRestore { get; }
    public IdentifyController? Identify { get; }
    public WatchdogTimer Watchdog { get; }
    public PowerSampler PowerSampler { get; }
    public PohSampler PohSampler { get; }
    public ThresholdEventLogger? ThresholdEvents { get; }

    /// <summary>The command groups, one <see cref="ICommandSource"/> each.</summary>
    public IReadOnlyList<ICommandSource> Sources { get; }

    /// <summary>
    /// The background services: power sampler, POH sampler and, when the node has them, the threshold event logger
    /// (sensors) and the power restore policy (power control).
    /// </summary>
    public IEnumerable<IHostedService> HostedServices
    {
        get
        {
            IEnumerable<IHostedService?> services = [PowerSampler, PohSampler, ThresholdEvents, PowerRestore];
            return services.OfType<IHostedService>();
        }
    }

    /// <summary>Every command of every group.</summary>
    public IEnumerable<CommandRegistration> Commands => Sources.SelectMany(s => s.Commands);

    public void Dispose()
    {
        Watchdog.Dispose();
        Identify?.Dispose();
        PowerSampler.Dispose();
        PohSampler.Dispose();
        PowerRestore?.Dispose();
        LastPower?.Dispose();
        Sel.Dispose();
    }
}
