using Oem.Chips.Pca9555;

namespace Oem.Node.Identify;

/// <summary>The identify LED on a PCA9555 output pin.</summary>
public sealed class Pca9555IdentifyLed(Pca9555Device gpio, int pin, bool activeLow) : IIdentifyLed
{
    private volatile bool _on;

    public bool IsOn => _on;

    public async ValueTask SetAsync(bool on, CancellationToken cancellationToken = default)
    {
        await gpio.WritePinAsync(pin, on != activeLow, cancellationToken).ConfigureAwait(false);
        _on = on;
    }
}
