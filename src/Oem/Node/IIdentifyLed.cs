namespace Oem.Node;

/// <summary>The chassis identify LED; timed blinking and "force on" are the front end's (IPMI Chassis Identify) business.</summary>
public interface IIdentifyLed
{
    ValueTask SetAsync(bool on, CancellationToken cancellationToken = default);

    /// <summary>The state last set, false before any.</summary>
    bool IsOn { get; }
}
