using Oem.Chips.Register;
using Oem.Platform;

namespace Oem.Node.Identify;

/// <summary>The identify LED switched by vendor register actions.</summary>
public sealed class RegisterIdentifyLed(RegisterDevice device, RegisterAction onAction, RegisterAction offAction) : IIdentifyLed
{
    private volatile bool _on;

    public bool IsOn => _on;

    public async ValueTask SetAsync(bool on, CancellationToken cancellationToken = default)
    {
        await device.WriteAsync(on ? onAction : offAction, cancellationToken).ConfigureAwait(false);
        _on = on;
    }
}
