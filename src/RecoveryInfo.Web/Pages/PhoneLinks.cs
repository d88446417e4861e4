using RecoveryInfo.Web.Content;

namespace RecoveryInfo.Web.Pages;

/// <summary>Where tapping a number goes: a call, or for a text-only line a new text with its message filled in.</summary>
public static class PhoneLinks
{
    public static string For(Helpline helpline) =>
        helpline.Text.Length > 0 ? $"sms:{helpline.Dial}?body={Uri.EscapeDataString(helpline.Text)}" : $"tel:{helpline.Dial}";
}
